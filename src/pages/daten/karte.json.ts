import type { APIRoute } from 'astro';
import { ladeKartenDaten } from '../../lib/laden/karte.ts';

/** What the map's script loads after the first render: categories of every view, names for search and tooltips. */
export const GET: APIRoute = () => Response.json(ladeKartenDaten());
