//! Short banners: the "illustrative data" note, a refused share link, a dataset that failed.

use yew::prelude::*;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct IllustrativeNoteProps {
    pub lang: Lang,
}

/// Always visible: the embedded dataset is not official statistics.
#[component]
pub fn IllustrativeNote(props: &IllustrativeNoteProps) -> Html {
    html! {
        <p class="notice notice-info" data-testid="illustrative-note">
            { props.lang.t(Msg::IllustrativeNote) }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkErrorBannerProps {
    pub lang: Lang,
    pub on_dismiss: Callback<()>,
}

/// The link could not be read. Shown in both languages: whoever sent the link may not share
/// the reader's language setting.
#[component]
pub fn LinkErrorBanner(props: &LinkErrorBannerProps) -> Html {
    let onclick = {
        let on_dismiss = props.on_dismiss.clone();
        Callback::from(move |_: MouseEvent| on_dismiss.emit(()))
    };
    html! {
        <div class="notice notice-warning" role="alert" data-testid="link-error">
            <p>
                <span lang="vi">{ Lang::Vi.t(Msg::LinkInvalid) }</span>
                { " " }
                <span lang="en">{ Lang::En.t(Msg::LinkInvalid) }</span>
            </p>
            <button type="button" class="button-quiet" {onclick}>
                { props.lang.t(Msg::Dismiss) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DatasetErrorProps {
    pub detail: String,
}

/// The embedded dataset did not load: nothing to plan with, so say so in both languages.
#[component]
pub fn DatasetError(props: &DatasetErrorProps) -> Html {
    html! {
        <main class="page">
            <div class="notice notice-warning" role="alert" data-testid="dataset-error">
                <p lang="vi">{ Lang::Vi.t(Msg::DatasetFailed) }</p>
                <p lang="en">{ Lang::En.t(Msg::DatasetFailed) }</p>
                <pre>{ &props.detail }</pre>
            </div>
        </main>
    }
}
