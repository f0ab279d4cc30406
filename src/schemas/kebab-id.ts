import { z } from 'zod';

/** Lowercase ASCII words joined by single hyphens: safe as it stands in a URL, a file name and a graph node. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An id in kebab-case ("buenos-aires"). `message` tells whoever wrote a bad one what to write
 * instead, in the terms of the field it is for.
 */
export const kebabId = (message = 'use lowercase ASCII kebab-case') => z.string().regex(KEBAB_CASE, message);
