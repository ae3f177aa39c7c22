import type { APIRoute } from 'astro';
import { robotsTxt, seitenUrl } from '../lib/veroeffentlichen/sitemap.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(seitenUrl(site!.href, import.meta.env.BASE_URL, 'sitemap.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
