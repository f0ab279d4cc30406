/**
 * How many pages Astro renders at once. One at a time, the default, leaves the main thread idle
 * while each page is written: at 5,000 articles, 10,134 pages took 40 s to render one by one and
 * 25 s eight at a time, byte for byte the same. Beyond eight it gains nothing more on two cores.
 * The benchmark's floor, a bare Astro build, renders with the same setting.
 */
export const RENDER_CONCURRENCY = 8;
