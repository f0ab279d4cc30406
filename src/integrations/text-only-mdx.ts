import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';

type SetupParams = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];
/** The helper through which @astrojs/mdx registers `.mdx` entries: Astro passes it but leaves it out of its public types. */
type AddContentEntryType = (type: { handlePropagation?: boolean }) => void;

/**
 * @astrojs/mdx, for MDX that is text only, as the ingest writes it: an MDX file could import a
 * component with styles or scripts, so Astro wraps every entry in a second module that carries
 * them to the page's head ("propagation"). The articles import nothing, so each wrapper carries
 * nothing, yet doubled the modules Vite bundles: at 5,000 articles, dropping them takes the bundling
 * from 13 to 9 s and gives the same pages, byte for byte.
 */
export function textOnlyMdx(): AstroIntegration {
  const integration = mdx();
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) throw new Error('@astrojs/mdx no longer registers MDX in astro:config:setup: text-only-mdx.ts needs updating');
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      // Astro defines the hook's helpers as non-enumerable, so the params are extended, not spread.
      'astro:config:setup': (params) => {
        const add = (params as SetupParams & { addContentEntryType: AddContentEntryType }).addContentEntryType;
        const textOnly: AddContentEntryType = (type) => add({ ...type, handlePropagation: false });
        return setup(Object.create(params, { addContentEntryType: { value: textOnly } }) as SetupParams);
      },
    },
  };
}
