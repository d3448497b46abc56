/** `empty`: a placeholder that shows nothing until something is written into it. */
import "./empty.css";

export default function Empty(): null {
  return null;
}
