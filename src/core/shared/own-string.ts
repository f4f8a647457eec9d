// Strings kept past the read of a note must not be views of its text: V8 keeps a slice of 13
// characters or more as a view of the string it was cut from, so one field or excerpt kept by the
// index (or a title cut from a 20 MB calendar) would keep the whole text alive (ARCHITECTURE.md,
// invariant 8).

/**
 * A copy of `text` that holds on to nothing else; short texts are copies already. Joining a space
 * before it makes a new string of its characters, and the slice is a view of that one only: three
 * times cheaper than a JSON round trip, which the index paid on every invoice's number.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
