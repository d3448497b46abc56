/** `empty`: a placeholder that shows nothing until something is written into it. */
export default function Empty(): null {
  return null;
}
