/**
 * `image`: pictures served from media storage (`st.pyplot` shows one), each with its
 * alternative text and an optional caption, side by side when there are several.
 */
import type { CSSProperties, ReactNode } from "react";
import { Markdown } from "../../markdown/Markdown";
import type { PropsOf } from "../../render/types";
import "./image.css";

export default function Image({ props }: PropsOf<"image">): ReactNode {
  const width = props.width ?? "stretch";
  const figureStyle: CSSProperties =
    typeof width === "number"
      ? { width: `${width}px` }
      : width === "stretch"
        ? { flex: "1 1 0" }
        : {};
  return (
    <div className="rill-image-list" data-width={typeof width === "number" ? "fixed" : width}>
      {props.images.map((image, index) => (
        <figure key={`${index}-${image.src}`} className="rill-image" style={figureStyle}>
          <img
            src={image.src}
            alt={image.alt}
            width={image.pixel_width ?? undefined}
            height={image.pixel_height ?? undefined}
            decoding="async"
          />
          {image.caption ? (
            <figcaption>
              <Markdown body={image.caption} inline />
            </figcaption>
          ) : null}
        </figure>
      ))}
    </div>
  );
}
