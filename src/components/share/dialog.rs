//! The share dialog: the link in a read-only box (selected on focus), a copy button that says
//! whether copying worked, the QR code, and what the scenario is.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlTextAreaElement};
use yew::prelude::*;

use super::QrCode;
use crate::components::modal::Modal;
use crate::i18n::keys::for_platform;
use crate::i18n::{Lang, ShareMsg};

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub lang: Lang,
    /// The full share address.
    pub link: AttrValue,
    /// What the scenario is, one line each (its results first, once computed).
    pub about: Vec<AttrValue>,
    pub on_close: Callback<()>,
    /// Say that the link holds the current scenario only (shared from the comparison).
    #[prop_or_default]
    pub only_current: bool,
}

/// What the last copy did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let lang = props.lang;
    let field = use_node_ref();
    let copied = use_state_eq(|| Copied::Not);
    {
        // A new link (a language switch behind the dialog) has not been copied.
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(Copied::Not));
    }
    let on_copy = {
        let field = field.clone();
        let copied = copied.clone();
        let link = props.link.clone();
        Callback::from(move |_: MouseEvent| {
            let field = field.cast::<HtmlTextAreaElement>();
            let copied = copied.clone();
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&link, field.as_ref()).await;
                copied.set(if ok { Copied::Done } else { Copied::Failed });
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(t) = e.target_dyn_into::<HtmlTextAreaElement>() {
            t.select();
        }
    });
    let status: std::borrow::Cow<str> = match *copied {
        Copied::Not => "".into(),
        Copied::Done => lang.t(ShareMsg::Copied).into(),
        Copied::Failed => for_platform(lang.t(ShareMsg::CopyFailed)),
    };
    let length = lang.fill(
        ShareMsg::LinkLength,
        &[("n", &lang.number(props.link.chars().count() as f64, 0))],
    );
    html! {
        <Modal
            id="share"
            testid="share-dialog"
            class="share-dialog"
            title={lang.t(ShareMsg::Title)}
            close_label={lang.t(ShareMsg::Close)}
            on_close={props.on_close.clone()}
        >
            <div class="share-layout">
                <div class="share-link">
                    <p class="share-intro">{ lang.t(ShareMsg::Intro) }</p>
                    if props.only_current {
                        <p class="share-intro share-only-current" data-testid="share-only-current">
                            { lang.t(ShareMsg::OnlyCurrent) }
                        </p>
                    }
                    <label class="share-label" for="share-link-field">
                        { lang.t(ShareMsg::LinkLabel) }
                        <span class="share-length" data-testid="share-length">{ format!(" · {length}") }</span>
                    </label>
                    <textarea
                        id="share-link-field"
                        ref={field}
                        class="share-field"
                        data-testid="share-link"
                        readonly=true
                        rows="4"
                        spellcheck="false"
                        translate="no"
                        value={props.link.clone()}
                        onfocus={select_all}
                    />
                    <div class="share-actions">
                        <button
                            type="button"
                            class="button"
                            data-testid="share-copy"
                            autofocus=true
                            onclick={on_copy}
                        >
                            { lang.t(ShareMsg::Copy) }
                        </button>
                        <p
                            class={classes!("share-status", (*copied == Copied::Failed).then_some("is-failed"))}
                            role="status"
                            data-testid="share-status"
                        >
                            { status.into_owned() }
                        </p>
                    </div>
                    <section class="share-about" aria-labelledby="share-about-h">
                        <h3 id="share-about-h">{ lang.t(ShareMsg::AboutHeading) }</h3>
                        <ul data-testid="share-about">
                            { for props.about.iter().map(|line| html! { <li>{ line }</li> }) }
                        </ul>
                    </section>
                </div>
                <figure class="share-qr">
                    <QrCode
                        text={props.link.clone()}
                        label={lang.t(ShareMsg::QrLabel)}
                        too_long={lang.t(ShareMsg::QrTooLong)}
                    />
                    <figcaption>{ lang.t(ShareMsg::QrCaption) }</figcaption>
                </figure>
            </div>
        </Modal>
    }
}

/// Copies `text` to the clipboard: the Clipboard API where the browser offers it (secure pages),
/// else — or if it refuses — by selecting `field` and `document.execCommand("copy")`. True when
/// one of them says it worked.
pub async fn copy_text(text: &str, field: Option<&HtmlTextAreaElement>) -> bool {
    let navigator = gloo::utils::window().navigator();
    // `navigator.clipboard` is undefined on plain-http pages other than localhost.
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(|c| c.unchecked_into::<web_sys::Clipboard>());
    if let Some(clipboard) = clipboard {
        if JsFuture::from(clipboard.write_text(text)).await.is_ok() {
            return true;
        }
    }
    let Some(field) = field else {
        return false;
    };
    let _ = field.focus();
    field.select();
    gloo::utils::document()
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
