import { NotFoundMessage } from "@/components/site/not-found-message";

/** notFound() in a reader page: rendered inside the (site) layout, which has the chrome. */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
