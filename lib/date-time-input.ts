/** A DateTimeField posts its date as `name` and its time as this (no server code here: the field imports it). */
export const timeInputName = (name: string) => `${name}Time`;
