//! The page header: app title, subtitle with the dataset's name, the buttons the page puts in
//! it (`children`: share, scenarios) and the language toggle.

pub mod history;

use yew::prelude::*;

use crate::i18n::{Lang, Msg};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// The dataset's name in this language ("Cao Bằng, giữa năm 2020").
    pub place: AttrValue,
    pub on_set_language: Callback<Lang>,
    /// Buttons shown before the language toggle (share, scenarios).
    #[prop_or_default]
    pub children: Html,
    /// The screen has a main heading of its own (the printed report's title): the app's name
    /// is then not a heading, so the page has one `h1`.
    #[prop_or_default]
    pub screen_titled: bool,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let other = lang.other();
    let onclick = {
        let on_set_language = props.on_set_language.clone();
        Callback::from(move |_: MouseEvent| on_set_language.emit(other))
    };
    html! {
        <header class="app-header">
            <div class="app-title">
                if props.screen_titled {
                    <p class="app-name">{ lang.t(Msg::AppTitle) }</p>
                } else {
                    <h1 class="app-name">{ lang.t(Msg::AppTitle) }</h1>
                }
                <p class="app-subtitle">
                    { lang.t(Msg::AppSubtitle) }{ " — " }
                    // A place name: the same in both languages.
                    <span translate="no">{ &props.place }</span>
                </p>
            </div>
            <div class="header-tools">
                { props.children.clone() }
                // Shows the name of the language it switches to, written in that language.
                <button
                    type="button"
                    class="lang-toggle"
                    data-testid="lang-toggle"
                    lang={other.code()}
                    aria-label={other.t(Msg::SwitchToThisLanguage)}
                    {onclick}
                >
                    { other.t(Msg::LanguageName) }
                </button>
            </div>
        </header>
    }
}
