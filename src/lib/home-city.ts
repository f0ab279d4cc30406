/**
 * The city whose diplomacy this is, by its gazetteer id: never listed as a partner of its own
 * engagements or filtered by, always on their maps, and the centre of the network.
 */
export const HOME_CITY = 'jakarta';
