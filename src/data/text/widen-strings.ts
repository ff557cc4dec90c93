/** The shape of a text tree with every string literal widened, so another language can fill it. */
export type WidenStrings<T> = T extends string
  ? string
  : T extends readonly (infer Item)[]
    ? readonly WidenStrings<Item>[]
    : { readonly [Key in keyof T]: WidenStrings<T[Key]> };
