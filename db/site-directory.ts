import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { headers } from "next/headers";
import { siteUrl } from "@/lib/config";
import { tags } from "@/lib/cache";
import { normalizeHost, siteOrigin, type SiteInfo } from "@/lib/site";
import { getDb } from "./index";
import { listSites } from "./sites";

/**
 * The host → site map, cached under the `sites` tag: resolving a request's site costs no
 * query, and creating or changing a site is on the next request everywhere. Read once per
 * render (React's cache): each read of the stored entry parses it again, and a page asks
 * for it many times; one render also then sees one SiteInfo object per site.
 */
export const getSites = cache(unstable_cache(async (): Promise<SiteInfo[]> => listSites(await getDb()), ["sites"], { tags: [tags.sites], revalidate: 300 }));

/** The default site: DEFAULT_SITE (a slug) or the oldest site. */
export function defaultSite(sites: SiteInfo[]): SiteInfo {
  const wanted = process.env.DEFAULT_SITE;
  const site = (wanted && sites.find((s) => s.slug === wanted)) || [...sites].sort((a, b) => a.id - b.id)[0];
  if (!site) throw new Error("No site exists yet");
  return site;
}

/**
 * The site a host name answers for: one of a site's own host names, `<slug>.localhost`,
 * or `<slug>.<SITE_URL's host>`; any other host gets the default site. Hidden sites
 * answer to no one.
 */
export function pickSite(sites: SiteInfo[], rawHost: string | null | undefined): SiteInfo {
  return siteOfKnownHost(sites, rawHost) ?? defaultSite(sites);
}

/** The site a host name is one of the platform's own names for, or null for any other host. */
export function siteOfKnownHost(sites: SiteInfo[], rawHost: string | null | undefined): SiteInfo | null {
  const host = normalizeHost(rawHost);
  const visible = sites.filter((s) => s.state !== "hidden");
  const byHost = visible.find((s) => s.hosts.includes(host));
  if (byHost) return byHost;
  const base = new URL(siteUrl()).hostname;
  if (host === base) return defaultSite(sites);
  for (const parent of ["localhost", base]) {
    if (host.endsWith(`.${parent}`)) {
      const slug = host.slice(0, -parent.length - 1);
      const bySlug = visible.find((s) => s.slug === slug);
      if (bySlug) return bySlug;
    }
  }
  return null;
}

export async function getSiteForHost(host: string | null | undefined): Promise<SiteInfo> {
  return pickSite(await getSites(), host);
}

/** The public origin of a site (canonical URLs, feeds, sitemaps, links from other sites). */
export async function originOf(site: SiteInfo): Promise<string> {
  const sites = await getSites();
  return siteOrigin(site, defaultSite(sites).id === site.id, siteUrl());
}

/** A province and its live components: the scope of province-wide search and lists. */
export function provinceOf(sites: SiteInfo[], site: SiteInfo): { province: SiteInfo; members: SiteInfo[] } {
  const province = (site.parentId && sites.find((s) => s.id === site.parentId)) || site;
  const members = sites.filter((s) => s.id === province.id || (s.parentId === province.id && s.state !== "hidden"));
  return { province, members };
}

/** For server actions and route handlers (never reader pages: they read `params`). */
export async function requestSite(): Promise<SiteInfo> {
  return getSiteForHost((await headers()).get("host"));
}
