import { notFound } from "next/navigation";

/** Any path no reader page has: a real 404 inside the site's own layout. */
export default function Missing(): never {
  notFound();
}
