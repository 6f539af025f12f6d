import QRCode from 'qrcode';

function qrSvg(url) {
  return QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: {
      dark: "#000000",
      light: "#ffffff"
    }
  });
}

export { qrSvg as q };
