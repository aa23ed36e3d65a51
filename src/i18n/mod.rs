//! Every user-visible string of the app, in Vietnamese (the default) and English: one message
//! catalogue, split by screen area into enums (`app::Msg`, …). Each enum implements
//! [`Translate`] with one exhaustive `match` per language, so a message missing a translation
//! does not compile. Numbers are formatted here too (through `ntm_model::format`), so a
//! component never picks a decimal separator itself. Wording only: no layout, no state.

mod app;
pub mod criteria;

pub use app::Msg;
pub use criteria::CriteriaMsg;

use ntm_model::format::{number_en, number_vi};

/// A message that can be said in both languages.
pub trait Translate: Copy {
    /// Vietnamese.
    fn vi(self) -> &'static str;
    /// English.
    fn en(self) -> &'static str;
}

/// The language the page is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Vietnamese, the default: the planners and students who use the app read it first.
    #[default]
    Vi,
    /// English, one click away.
    En,
}

impl Lang {
    /// The BCP 47 code for `<html lang>` and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language the toggle switches to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }

    /// The message `msg` in this language.
    pub fn t<M: Translate>(self, msg: M) -> &'static str {
        match self {
            Lang::Vi => msg.vi(),
            Lang::En => msg.en(),
        }
    }

    /// `x` with `decimals` digits, grouped the way a reader of this language expects.
    pub fn number(self, x: f64, decimals: usize) -> String {
        match self {
            Lang::Vi => number_vi(x, decimals),
            Lang::En => number_en(x, decimals),
        }
    }

    /// "End of 2025" / "Cuối năm 2025".
    pub fn end_of_year(self, year: u16) -> String {
        format!("{} {year}", self.t(Msg::EndOfYear))
    }
}
