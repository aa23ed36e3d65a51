//! A QR code as an SVG element, drawn from `sharing::qr` (the `qrcode` crate's renderer): one
//! unit per module, scaled by CSS to any size, with crisp edges so a projector keeps the modules
//! square. Reusable wherever a link must be scanned (the share dialog, the printed report).

use yew::prelude::*;

use crate::sharing::qr::qr_svg;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds (a share link).
    pub text: AttrValue,
    /// Its accessible name (what scanning it does).
    pub label: AttrValue,
    /// Shown instead when the text is too long for a QR code.
    #[prop_or_default]
    pub too_long: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let qr = use_memo(props.text.clone(), |text| qr_svg(text));
    match &*qr {
        Ok(qr) => {
            let size = qr.size.to_string();
            html! {
                <svg
                    class={classes!("qr-code", props.class.clone())}
                    xmlns="http://www.w3.org/2000/svg"
                    viewBox={format!("0 0 {size} {size}")}
                    shape-rendering="crispEdges"
                    role="img"
                    aria-label={props.label.clone()}
                    data-testid="qr-code"
                    data-modules={size.clone()}
                    data-version={qr.version.to_string()}
                >
                    <rect x="0" y="0" width={size.clone()} height={size} fill="#fff" />
                    <path fill="#000" d={qr.path.clone()} />
                </svg>
            }
        }
        Err(_) => html! {
            <p class={classes!("qr-missing", props.class.clone())} data-testid="qr-too-long">
                { &props.too_long }
            </p>
        },
    }
}
