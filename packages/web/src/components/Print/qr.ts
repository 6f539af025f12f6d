import QRCode from "qrcode";

/** A QR code for the address as inline SVG (no image request, sharp at any print size). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
