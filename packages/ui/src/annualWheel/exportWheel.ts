/** Style properties an SVG needs to look the same outside the page's stylesheet. */
const inlined = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "stroke-linejoin",
  "stroke-linecap",
  "paint-order",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
] as const;

/**
 * The wheel as a standalone SVG file: theme colours, which live in CSS custom properties, are
 * resolved and written onto each element, so the file looks the same anywhere.
 *
 * @example
 * const file = wheelSvg(svgElement); // "<svg xmlns=\"http://www.w3.org/2000/svg\" ..."
 */
export function wheelSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll("*")];
  const targets = [clone, ...clone.querySelectorAll("*")];
  sources.forEach((source, index) => {
    const target = targets[index] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(source);
    const style = inlined.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(";");
    target.setAttribute("style", style);
    target.removeAttribute("tabindex");
    target.removeAttribute("class");
  });
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const { width, height } = svg.viewBox.baseVal;
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  return new XMLSerializer().serializeToString(clone);
}

/**
 * The wheel as a PNG image at twice its drawn size, on the page's background colour.
 *
 * @example
 * const blob = await wheelPng(svgElement); // Blob { type: "image/png" }
 */
export async function wheelPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svg.viewBox.baseVal;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wheelSvg(svg))}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("Canvas 2D is not available");
  let background = getComputedStyle(svg).backgroundColor;
  for (
    let element: Element | null = svg;
    element && /rgba\(0, 0, 0, 0\)|transparent/.test(background);
    element = element.parentElement
  ) {
    background = getComputedStyle(element).backgroundColor;
  }
  context.fillStyle = /rgba\(0, 0, 0, 0\)|transparent/.test(background) ? "#ffffff" : background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG export failed"))), "image/png"),
  );
}

/** Offers a file to the reader as a download. */
export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
