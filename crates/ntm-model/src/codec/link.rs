//! Share links: the whole scenario and the view in a URL fragment, `#s=<payload>`.
//!
//! payload = base64url( flag ‖ body ‖ check ), flag 2: body = postcard(Wire), flag 3: body =
//! deflate(postcard(Wire)) — whichever is shorter — and check = the CRC-16 of flag ‖ body, so a
//! link changed in transit (a character altered, cut short, something added) is refused, not
//! read as another scenario. Links made before the check (flags 0 and 1, no check) still
//! decode. Decoding checks the length first, inflates with a size limit, refuses links from
//! newer versions and links made for another dataset, and validates the scenario; it never
//! panics, whatever the input.

use super::wire::{
    Delta, DeltaV2, LeversV1, LeversV2, LinkV2, MarkedLinkV6, NamedLinkV3, NumV1, TrainingYearsV5,
    ViewV1, ViewedLinkV4, Wire, KNOWN_VARIANTS, PARAM_KEYS_V1, RULE_KEYS_V1, SOURCE_KEYS_V1,
};

pub use super::wire::MatrixV4;
use crate::dataset::Dataset;
use crate::format::Lang;
use crate::params::ParamKey;
use crate::scenario::{
    list_problems, AllocationRule, Scenario, ScenarioProblem, Source, TrainingCounts,
    TrainingOverride, UnitLevers,
};
use base64::Engine;

/// The fragment key of a link: `#s=…`.
pub const KEY: &str = "s=";
/// Problems of an invalid scenario that a refusal lists.
pub const SHOWN_PROBLEMS: usize = 3;
/// Longest link payload accepted (well above any real scenario; stops hostile input early).
pub const MAX_LINK_CHARS: usize = 8192;
/// Largest inflated body accepted.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// Longest scenario name a link carries, in characters: more than the app's saved names
/// (80, and " (2)" when the name was taken), so a saved name always travels whole.
pub const MAX_NAME_CHARS: usize = 100;

/// The check at the end of a link (CRC-16/IBM-SDLC, two bytes, three characters of the link):
/// catches every change of one character, and all but about one in 65,536 of other damage (a
/// cut, an addition, several changes).
const CHECK: crc::Crc<u16> = crc::Crc::<u16>::new(&crc::CRC_16_IBM_SDLC);

/// Flags of the link's first byte: bit 0 deflated, bit 1 checked. The other bits of its low
/// half are kept for later formats, which keep the check at the end: a link with one of them
/// set and a good check was made by a newer version (with a bad one, it is damaged).
const DEFLATED: u8 = 1;
const CHECKED: u8 = 2;
const LATER_FORMATS: u8 = 0x0c;

/// The view travels with the scenario.
pub type View = ViewV1;

/// Longest matrix search text a link carries, in characters (a name or a code is typed there).
pub const MAX_SEARCH_CHARS: usize = 60;

/// A decoded link.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The scenario (validated against the dataset).
    pub scenario: Scenario,
    /// What the screen showed.
    pub view: View,
    /// The name the sender gave the scenario, if the link carries one (tidied by
    /// [`tidy_name`]).
    pub name: Option<String>,
    /// The criteria matrix's filters and sorts, if the link carries them (its search text
    /// tidied by [`tidy_search`]).
    pub matrix: Option<MatrixV4>,
    /// The link was made on other data under the same dataset id: figures may differ.
    pub data_differs: Option<DataDiffers>,
}

/// How the data a link was made on differs from the data it is opened with (same id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataDiffers {
    /// Made for this other version of the dataset.
    Version(u32),
    /// The same id and version, other content: the province's files were revised without a
    /// new version, or other data was given the same id.
    Content,
}

/// The mark a link carries of the data it was made on: `None` for the embedded default (whose
/// links older builds read), else the data's fingerprint folded to 32 bits.
pub fn data_mark(ds: &Dataset) -> Option<u32> {
    (ds.fingerprint != crate::dataset::embedded_fingerprint())
        .then_some((ds.fingerprint ^ (ds.fingerprint >> 32)) as u32)
}

/// Whether a link with `mark` (for `ds`'s id and version) was made on other data than `ds`.
/// A link without one was made on the embedded default when it names the default's id
/// (older links for other data carry no mark, and cannot be judged).
fn made_on_other_data(mark: Option<u32>, ds: &Dataset) -> bool {
    match (mark, data_mark(ds)) {
        (Some(link), here) => here != Some(link),
        (None, Some(_)) => ds.province.id == crate::dataset::EMBEDDED_ID,
        (None, None) => false,
    }
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    /// No payload.
    #[error("the link has no scenario in it")]
    Empty,
    /// Longer than any real link.
    #[error("the link is too long ({0} characters) to be an NTM Planner link")]
    TooLong(usize),
    /// Not URL-safe base64.
    #[error(
        "the link contains characters a scenario link never has (it may have been cut or changed)"
    )]
    NotBase64,
    /// Decodes but is not a scenario.
    #[error("the link is damaged or cut short")]
    Corrupted,
    /// A format this build does not know. Which one is not said: its marker is a flag byte
    /// for some formats and a variant for others, a number that means nothing to a planner.
    #[error("the link was made by a newer version of NTM Planner; open it with the version the sender uses")]
    Newer,
    /// Made for another dataset.
    #[error("the link was made for the dataset '{0}', not this one")]
    OtherDataset(String),
    /// Valid format, values out of range.
    #[error("the scenario in the link is not valid: {}", list_problems(.0, SHOWN_PROBLEMS, Lang::En))]
    Invalid(Vec<ScenarioProblem>),
    /// The scenario cannot be written as a link (a code that is not a number).
    #[error("this scenario cannot be put in a link: {0}")]
    Unencodable(String),
}

fn num(x: f64) -> NumV1 {
    NumV1::from_f64(x)
}

fn nums(v: &[f64]) -> Vec<NumV1> {
    v.iter().copied().map(num).collect()
}

fn counts(t: TrainingCounts) -> (NumV1, NumV1, NumV1) {
    (num(t.cadres), num(t.village_leaders), num(t.vocational))
}

fn rule_key(r: AllocationRule) -> &'static str {
    match r {
        AllocationRule::EqualPerUnit => "equal_per_unit",
        AllocationRule::NeedsBased => "needs_based",
        AllocationRule::NearestFirst => "nearest_first",
        AllocationRule::PoorestBorderFirst => "poorest_border_first",
        AllocationRule::CustomWeights => "custom_weights",
    }
}

fn position(keys: &[&str], key: &str) -> Option<usize> {
    keys.iter().position(|k| *k == key)
}

fn code_number(code: &str, digits: usize) -> Result<u32, LinkError> {
    if code.len() == digits && code.bytes().all(|b| b.is_ascii_digit()) {
        code.parse()
            .map_err(|_| LinkError::Unencodable(format!("code '{code}'")))
    } else {
        Err(LinkError::Unencodable(format!(
            "code '{code}' is not {digits} digits"
        )))
    }
}

fn levers_to_wire(l: &UnitLevers) -> LeversV2 {
    LeversV2 {
        excluded: l.excluded,
        priority: l.priority,
        budget_weight: l.budget_weight.map(num),
        fixed_amount: l.fixed_amount.map(num),
        training: l.training.map(|t| {
            (
                t.cadres.map(num),
                t.village_leaders.map(num),
                t.vocational.map(num),
            )
        }),
        training_scale: l.training_scale.map(num),
        campaigns: l.campaigns.map(num),
        support_unit: l.support_unit,
        leadership: l.leadership.map(num),
    }
}

/// District and commune levers as a link version carries them.
trait WireLevers {
    fn levers(&self) -> UnitLevers;
}

impl WireLevers for LeversV1 {
    /// Version 1 carried the three training counts together: all three are set.
    fn levers(&self) -> UnitLevers {
        let l = LeversV2 {
            training: self.training.map(|(a, b, c)| (Some(a), Some(b), Some(c))),
            excluded: self.excluded,
            priority: self.priority,
            budget_weight: self.budget_weight,
            fixed_amount: self.fixed_amount,
            training_scale: self.training_scale,
            campaigns: self.campaigns,
            support_unit: self.support_unit,
            leadership: self.leadership,
        };
        l.levers()
    }
}

impl WireLevers for LeversV2 {
    fn levers(&self) -> UnitLevers {
        let n = |x: Option<NumV1>| x.map(NumV1::to_f64);
        UnitLevers {
            excluded: self.excluded,
            priority: self.priority,
            budget_weight: n(self.budget_weight),
            fixed_amount: n(self.fixed_amount),
            training: self.training.map(|(a, b, c)| TrainingOverride {
                cadres: n(a),
                village_leaders: n(b),
                vocational: n(c),
            }),
            training_scale: n(self.training_scale),
            campaigns: n(self.campaigns),
            support_unit: self.support_unit,
            leadership: n(self.leadership),
            // Only version 5 carries training years (beside the levers).
            training_from: None,
            training_until: None,
        }
    }
}

/// The horizon a link means when it carries none: 2025, or the data's base year if later.
/// That was every dataset's default horizon when links began; the default now follows the
/// data's last target year (`scenario::default_until`), but links leave out only this fixed
/// year, so that a link made on a province's own data opens on the same years in every build,
/// older or newer (reading "no horizon" as today's default silently ran older links on a
/// 2026–2030 province's data to 2030 instead of 2025).
fn unwritten_until(ds: &Dataset) -> u16 {
    2025.max(ds.province.base_year)
}

/// The scenario as a delta against the dataset's defaults.
fn delta(sc: &Scenario, ds: &Dataset) -> Result<DeltaV2, LinkError> {
    let d = Scenario::defaults(ds);
    let mut w = DeltaV2::default();
    let bits = |a: f64, b: f64| a.to_bits() != b.to_bits();
    w.seed = (sc.seed != d.seed).then_some(sc.seed);
    w.runs = (sc.runs != d.runs).then_some(sc.runs);
    w.until = (sc.until != unwritten_until(ds)).then_some(sc.until);
    w.scale_pct = bits(sc.budget.scale_pct, d.budget.scale_pct).then(|| num(sc.budget.scale_pct));
    for s in Source::ALL {
        let (line, default) = (sc.budget.lines.get(s), d.budget.lines.get(s));
        let same =
            line.len() == default.len() && line.iter().zip(default).all(|(a, b)| !bits(*a, *b));
        if !same {
            let i = position(SOURCE_KEYS_V1, s.key())
                .ok_or_else(|| LinkError::Unencodable(s.key().into()))?;
            w.lines.push((i as u8, nums(line)));
        }
    }
    if sc.allocation.rule != d.allocation.rule {
        let key = rule_key(sc.allocation.rule);
        w.rule = Some(
            position(RULE_KEYS_V1, key).ok_or_else(|| LinkError::Unencodable(key.into()))? as u8,
        );
    }
    for (code, weight) in &sc.allocation.custom_weights {
        w.custom_weights.push((code_number(code, 5)?, num(*weight)));
    }
    if sc.training != d.training {
        w.training = Some(sc.training.per_year.iter().map(|t| counts(*t)).collect());
    }
    if sc.campaigns != d.campaigns {
        w.campaigns = Some(nums(&sc.campaigns));
    }
    w.support_units = (sc.support_units != d.support_units).then_some(sc.support_units);
    w.leadership = bits(sc.leadership, d.leadership).then(|| num(sc.leadership));
    if sc.policy != d.policy {
        w.policy = Some((
            sc.policy.stricter_set_year,
            sc.policy.graduation_cliff,
            sc.policy.backsliding,
        ));
    }
    for (code, levers) in &sc.districts {
        w.districts
            .push((code_number(code, 3)? as u16, levers_to_wire(levers)));
    }
    for (code, levers) in &sc.communes {
        w.communes
            .push((code_number(code, 5)?, levers_to_wire(levers)));
    }
    for (key, value) in &sc.assumptions.values {
        let i = position(PARAM_KEYS_V1, key.key())
            .ok_or_else(|| LinkError::Unencodable(key.key().into()))?;
        w.assumptions.push((i as u16, num(*value)));
    }
    w.uncertainty = (sc.assumptions.uncertainty != d.assumptions.uncertainty)
        .then_some(sc.assumptions.uncertainty);
    Ok(w)
}

fn apply<L: WireLevers>(w: &Delta<L>, ds: &Dataset) -> Result<Scenario, LinkError> {
    let bad = || LinkError::Corrupted;
    let mut sc = Scenario::defaults(ds);
    if let Some(x) = w.seed {
        sc.seed = x;
    }
    if let Some(x) = w.runs {
        sc.runs = x;
    }
    sc.until = w.until.unwrap_or_else(|| unwritten_until(ds));
    if let Some(x) = w.scale_pct {
        sc.budget.scale_pct = x.to_f64();
    }
    for (i, line) in &w.lines {
        let key = SOURCE_KEYS_V1.get(usize::from(*i)).ok_or_else(bad)?;
        let s = Source::ALL
            .iter()
            .copied()
            .find(|s| s.key() == *key)
            .ok_or_else(bad)?;
        *sc.budget.lines.get_mut(s) = line.iter().map(|n| n.to_f64()).collect();
    }
    if let Some(i) = w.rule {
        let key = RULE_KEYS_V1.get(usize::from(i)).ok_or_else(bad)?;
        sc.allocation.rule = AllocationRule::ALL
            .iter()
            .copied()
            .find(|r| rule_key(*r) == *key)
            .ok_or_else(bad)?;
    }
    for (code, weight) in &w.custom_weights {
        sc.allocation
            .custom_weights
            .insert(format!("{code:05}"), weight.to_f64());
    }
    if let Some(t) = &w.training {
        sc.training.per_year = t
            .iter()
            .map(|(a, b, c)| TrainingCounts {
                cadres: a.to_f64(),
                village_leaders: b.to_f64(),
                vocational: c.to_f64(),
            })
            .collect();
    }
    if let Some(c) = &w.campaigns {
        sc.campaigns = c.iter().map(|n| n.to_f64()).collect();
    }
    if let Some(x) = w.support_units {
        sc.support_units = x;
    }
    if let Some(x) = w.leadership {
        sc.leadership = x.to_f64();
    }
    if let Some((year, cliff, backsliding)) = w.policy {
        sc.policy.stricter_set_year = year;
        sc.policy.graduation_cliff = cliff;
        sc.policy.backsliding = backsliding;
    }
    for (code, levers) in &w.districts {
        sc.districts.insert(format!("{code:03}"), levers.levers());
    }
    for (code, levers) in &w.communes {
        sc.communes.insert(format!("{code:05}"), levers.levers());
    }
    for (i, value) in &w.assumptions {
        let key = PARAM_KEYS_V1
            .get(usize::from(*i))
            .and_then(|k| ParamKey::from_key(k))
            .ok_or_else(bad)?;
        sc.assumptions.values.insert(key, value.to_f64());
    }
    if let Some(u) = w.uncertainty {
        sc.assumptions.uncertainty = u;
    }
    Ok(sc)
}

/// A scenario name as a link carries it: trimmed, spaces and control characters between words
/// as one space, without the invisible marks that reverse or hide text
/// ([`crate::format::is_shown`]), at most [`MAX_NAME_CHARS`] characters; `None` when nothing
/// is left. A name only labels the
/// scenario, so a hostile or damaged one is tidied, never a reason to refuse the link.
pub fn tidy_name(name: &str) -> Option<String> {
    let kept: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .filter(|&c| crate::format::is_shown(c))
        .collect();
    // One space wherever a control character or a run of spaces was.
    let kept = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = kept.chars().take(MAX_NAME_CHARS).collect();
    let cut = cut.trim_end();
    (!cut.is_empty()).then(|| cut.to_string())
}

/// The matrix's search text as a link carries it: as [`tidy_name`] tidies a name, at most
/// [`MAX_SEARCH_CHARS`] characters, and empty when nothing is left.
pub fn tidy_search(text: &str) -> String {
    tidy_name(text)
        .map(|t| t.chars().take(MAX_SEARCH_CHARS).collect::<String>())
        .map(|t| t.trim_end().to_string())
        .unwrap_or_default()
}

/// The matrix's choices as they are stored (in a link, in the app's autosave): the search
/// tidied, and nothing at all when the matrix is as it opens, so that it adds nothing.
pub fn matrix_to_keep(m: &MatrixV4) -> Option<MatrixV4> {
    let m = MatrixV4 {
        search: tidy_search(&m.search),
        ..m.clone()
    };
    (m != MatrixV4::default()).then_some(m)
}

/// Districts' and communes' training years, for the units that have them (a version 5 link).
#[allow(clippy::type_complexity)]
fn training_years(
    sc: &Scenario,
) -> Result<
    (
        Vec<(u16, Option<u16>, Option<u16>)>,
        Vec<(u32, Option<u16>, Option<u16>)>,
    ),
    LinkError,
> {
    let dated = |l: &UnitLevers| l.training_from.is_some() || l.training_until.is_some();
    let mut districts = Vec::new();
    for (code, l) in sc.districts.iter().filter(|(_, l)| dated(l)) {
        districts.push((
            code_number(code, 3)? as u16,
            l.training_from,
            l.training_until,
        ));
    }
    let mut communes = Vec::new();
    for (code, l) in sc.communes.iter().filter(|(_, l)| dated(l)) {
        communes.push((code_number(code, 5)?, l.training_from, l.training_until));
    }
    Ok((districts, communes))
}

/// The link payload (what follows `#s=`) of `sc` and `view`, with the scenario's `name` when
/// it has one (a version 3 link; without a name, version 2, which older builds read too).
pub fn encode(
    sc: &Scenario,
    view: &View,
    name: Option<&str>,
    ds: &Dataset,
) -> Result<String, LinkError> {
    encode_with_matrix(sc, view, None, name, ds)
}

/// As [`encode`], with the criteria matrix's filters and sorts when they are not as the
/// matrix opens (a version 4 link).
pub fn encode_with_matrix(
    sc: &Scenario,
    view: &View,
    matrix: Option<&MatrixV4>,
    name: Option<&str>,
    ds: &Dataset,
) -> Result<String, LinkError> {
    let link = LinkV2 {
        dataset_id: ds.province.id.clone(),
        dataset_version: ds.province.version,
        delta: delta(sc, ds)?,
        view: *view,
    };
    let matrix = matrix.and_then(matrix_to_keep);
    let (districts, communes) = training_years(sc)?;
    let name = name.and_then(tidy_name);
    // The oldest version that holds everything, so that older builds read what they can.
    let wire = if let Some(data) = data_mark(ds) {
        Wire::V6(MarkedLinkV6 {
            link: TrainingYearsV5 {
                link,
                name,
                matrix,
                districts,
                communes,
            },
            data,
        })
    } else if !districts.is_empty() || !communes.is_empty() {
        Wire::V5(TrainingYearsV5 {
            link,
            name,
            matrix,
            districts,
            communes,
        })
    } else {
        match (name, matrix) {
            (name, Some(matrix)) => Wire::V4(ViewedLinkV4 { link, name, matrix }),
            (Some(name), None) => Wire::V3(NamedLinkV3 { link, name }),
            (None, None) => Wire::V2(link),
        }
    };
    let raw = postcard::to_allocvec(&wire).map_err(|e| LinkError::Unencodable(e.to_string()))?;
    let deflated = miniz_oxide::deflate::compress_to_vec(&raw, 10);
    let mut bytes = Vec::with_capacity(raw.len() + 3);
    if deflated.len() < raw.len() {
        bytes.push(CHECKED | DEFLATED);
        bytes.extend_from_slice(&deflated);
    } else {
        bytes.push(CHECKED);
        bytes.extend_from_slice(&raw);
    }
    let check = CHECK.checksum(&bytes);
    bytes.extend_from_slice(&check.to_be_bytes());
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// The URL fragment (`s=…`, without `#`) of a payload from [`encode`] or
/// [`encode_with_matrix`].
pub fn fragment_of(payload: &str) -> String {
    format!("{KEY}{payload}")
}

/// The URL fragment (`s=…`, without `#`).
pub fn fragment(
    sc: &Scenario,
    view: &View,
    name: Option<&str>,
    ds: &Dataset,
) -> Result<String, LinkError> {
    Ok(fragment_of(&encode(sc, view, name, ds)?))
}

/// Finds the payload in a whole URL, a fragment (`#s=…`, `s=…`) or a bare payload.
fn payload(link: &str) -> &str {
    let link = link.trim();
    let after_hash = link.rsplit_once('#').map_or(link, |(_, f)| f);
    after_hash
        .split('&')
        .find_map(|part| part.strip_prefix(KEY))
        .unwrap_or(if after_hash.contains('=') {
            ""
        } else {
            after_hash
        })
}

/// Inflates `body`, which must be one deflate stream and nothing after it, to at most
/// [`MAX_BODY_BYTES`]. Bytes after the stream mean a damaged link: a checked link whose check
/// flag was flipped by a changed character would otherwise read as an old, unchecked one.
fn inflate_exact(body: &[u8]) -> Option<Vec<u8>> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut out = vec![0; MAX_BODY_BYTES];
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, consumed, written) = decompress(&mut state, body, &mut out, 0, flags);
    (status == TINFLStatus::Done && consumed == body.len()).then(|| {
        out.truncate(written);
        out
    })
}

/// A link as chat and mail programs pass it on, put back: `%3D` for the `=` of `s=` (and
/// `%2B`, `%2F` for `+`, `/`), the standard base64 alphabet (`+`, `/`) and its `=` padding
/// for the URL-safe one this writes, line breaks or spaces a long link was wrapped with (also
/// when escaped, `%20`, `%0A`…), and the punctuation a sentence or a mail program put after it
/// ("…#s=AbC." or "<…#s=AbC>"), which no link ends with. Safe to accept: the link's check
/// still refuses any character that changed meaning.
fn as_written(link: &str) -> String {
    let mut unescaped = link.to_string();
    for (escaped, plain) in [
        ("%3D", "="),
        ("%2B", "+"),
        ("%2F", "/"),
        ("%20", " "),
        ("%0A", " "),
        ("%0D", " "),
        ("%09", " "),
        // What a browser escapes in an address: the brackets, quotes and angle brackets a
        // sentence or a mail program put after the link arrive escaped.
        ("%3E", ">"),
        ("%3C", "<"),
        ("%22", "\""),
        ("%27", "'"),
        ("%28", "("),
        ("%29", ")"),
    ] {
        unescaped = unescaped
            .replace(escaped, plain)
            .replace(&escaped.to_ascii_lowercase(), plain);
    }
    let joined: String = unescaped.split_whitespace().collect();
    let in_a_link = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '/' | '=');
    joined.trim_end_matches(|c: char| !in_a_link(c)).to_string()
}

/// The payload in the URL-safe alphabet, without padding.
fn url_safe(payload: &str) -> String {
    payload
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect()
}

/// Reads a link (a whole URL, a fragment or a payload) for `ds`.
pub fn decode(link: &str, ds: &Dataset) -> Result<Decoded, LinkError> {
    if link.len() > MAX_LINK_CHARS * 2 {
        return Err(LinkError::TooLong(link.chars().count()));
    }
    let raw = link;
    let link = as_written(link);
    let p = url_safe(payload(&link));
    let p = p.as_str();
    if p.is_empty() {
        // Characters no link has, all dropped as trailing punctuation ("#s=%%%"): a damaged
        // link, not one without a scenario (which asks the sender for another link).
        if !payload(raw).trim().is_empty() {
            return Err(LinkError::NotBase64);
        }
        return Err(LinkError::Empty);
    }
    if p.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong(p.len()));
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(p)
        .map_err(|e| match e {
            // A character no link has; any other complaint (a length no link has, stray bits
            // in the last character) is a link cut short or added to.
            base64::DecodeError::InvalidByte(..) => LinkError::NotBase64,
            _ => LinkError::Corrupted,
        })?;
    let (&flag, rest) = bytes.split_first().ok_or(LinkError::Corrupted)?;
    let later = flag & LATER_FORMATS != 0 && flag < 0x10;
    if flag > (CHECKED | DEFLATED) && !later {
        return Err(LinkError::Corrupted);
    }
    let body = if flag & CHECKED != 0 || later {
        let at = bytes.len().checked_sub(2).filter(|&at| at >= 1);
        let at = at.ok_or(LinkError::Corrupted)?;
        let (data, check) = bytes.split_at(at);
        if CHECK.checksum(data).to_be_bytes() != check {
            return Err(LinkError::Corrupted);
        }
        if later {
            return Err(LinkError::Newer);
        }
        &data[1..]
    } else {
        rest
    };
    let raw = if flag & DEFLATED != 0 {
        inflate_exact(body).ok_or(LinkError::Corrupted)?
    } else {
        body.to_vec()
    };
    match raw.first() {
        None => return Err(LinkError::Corrupted),
        Some(&variant) if (KNOWN_VARIANTS..0x80).contains(&variant) => {
            return Err(LinkError::Newer)
        }
        _ => {}
    }
    let (wire, rest): (Wire, &[u8]) =
        postcard::take_from_bytes(&raw).map_err(|_| LinkError::Corrupted)?;
    if !rest.is_empty() {
        return Err(LinkError::Corrupted);
    }
    // The mark of the data the link was made on (version 6 links only).
    let mut mark = None;
    let (l, name, matrix) = match wire {
        Wire::V1(l) => {
            let scenario = apply(&l.delta, ds);
            (
                (l.dataset_id, l.dataset_version, scenario, l.view),
                None,
                None,
            )
        }
        Wire::V2(l) => {
            let scenario = apply(&l.delta, ds);
            (
                (l.dataset_id, l.dataset_version, scenario, l.view),
                None,
                None,
            )
        }
        Wire::V3(NamedLinkV3 { link: l, name }) => {
            let scenario = apply(&l.delta, ds);
            (
                (l.dataset_id, l.dataset_version, scenario, l.view),
                tidy_name(&name),
                None,
            )
        }
        Wire::V4(ViewedLinkV4 {
            link: l,
            name,
            matrix,
        }) => {
            let scenario = apply(&l.delta, ds);
            let matrix = MatrixV4 {
                search: tidy_search(&matrix.search),
                ..matrix
            };
            (
                (l.dataset_id, l.dataset_version, scenario, l.view),
                name.as_deref().and_then(tidy_name),
                Some(matrix),
            )
        }
        Wire::V5(v5) => with_years(v5, ds),
        Wire::V6(MarkedLinkV6 { link, data }) => {
            mark = Some(data);
            with_years(link, ds)
        }
    };
    let (dataset_id, dataset_version, scenario, view) = l;
    if dataset_id != ds.province.id {
        return Err(LinkError::OtherDataset(dataset_id));
    }
    let scenario = scenario?;
    let problems = scenario.validate(ds);
    if !problems.is_empty() {
        return Err(LinkError::Invalid(
            problems.into_iter().take(SHOWN_PROBLEMS).collect(),
        ));
    }
    Ok(Decoded {
        scenario,
        view,
        name,
        matrix,
        data_differs: if dataset_version != ds.province.version {
            Some(DataDiffers::Version(dataset_version))
        } else {
            made_on_other_data(mark, ds).then_some(DataDiffers::Content)
        },
    })
}

/// What a link read from the wire holds: (dataset id, version, scenario, view), name, matrix.
type Read = (
    (String, u32, Result<Scenario, LinkError>, View),
    Option<String>,
    Option<MatrixV4>,
);

/// A version 5 link (or a version 6 link's), read for `ds`: the units' training years added
/// to its scenario.
fn with_years(v5: TrainingYearsV5, ds: &Dataset) -> Read {
    let TrainingYearsV5 {
        link: l,
        name,
        matrix,
        districts,
        communes,
    } = v5;
    let scenario = apply(&l.delta, ds).map(|mut sc| {
        for (code, from, until) in districts {
            let unit = sc.districts.entry(format!("{code:03}")).or_default();
            (unit.training_from, unit.training_until) = (from, until);
        }
        for (code, from, until) in communes {
            let unit = sc.communes.entry(format!("{code:05}")).or_default();
            (unit.training_from, unit.training_until) = (from, until);
        }
        sc
    });
    let matrix = matrix.map(|m| MatrixV4 {
        search: tidy_search(&m.search),
        ..m
    });
    (
        (l.dataset_id, l.dataset_version, scenario, l.view),
        name.as_deref().and_then(tidy_name),
        matrix,
    )
}
