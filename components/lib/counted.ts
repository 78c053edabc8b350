/**
 * A count with its noun, singular for one: "1 talk", "3 talks", "2 close matches". English
 * only, as is every word of the interface.
 */
export const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
