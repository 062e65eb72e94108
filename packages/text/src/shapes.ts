const kept: unknown[] = [];

/**
 * Keeps an object alive for the life of the process, so that V8 keeps its shape.
 *
 * V8 keeps the shape that an object gets from fields set after it was made (a class instance's fields, a field
 * added later) only while some object has that shape. When the last one is gone, a full garbage collection drops
 * the shape. With it goes the optimised code of every function that read such objects, which then runs slowly
 * until V8 optimises it again. Rules that build class instances per record keep one instance, made from no
 * record, through this. It must never hold record text.
 */
export function keepShape<T>(value: T): T {
  kept.push(value);
  return value;
}
