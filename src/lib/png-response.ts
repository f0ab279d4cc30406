import sharp from 'sharp';

/**
 * An SVG drawn at build time, served as the PNG that phones and link previews require (they take
 * no SVG): palette-reduced, since these images are flat colours, and the same bytes on every build.
 * Quantised with the least effort and no dithering: flat colours need neither, and a share card
 * then takes ~80 ms instead of ~100 and comes out 3% smaller.
 */
export async function pngResponse(svg: string): Promise<Response> {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 1, dither: 0 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
