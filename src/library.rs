//! The planner's library of saved scenarios: save, rename, duplicate, delete, open. Pure data
//! and operations (tested natively); `storage` keeps it in the browser, `state` owns it.
//!
//! Ids are stable strings (`s1`, `s2`, …, never reused within a library), so a storyboard or a
//! comparison can refer to a saved scenario while it is renamed. Names are what the planner
//! typed, trimmed; a save under an empty name gets the fallback, under one already used (in
//! any capitals, `same_name`) a number (`Kế hoạch (2)`), and the save form says which (`name_for`); a rename to another's
//! name or to none is refused under its box (`rename_problem`).

use ntm_model::Scenario;

/// Longest name kept (longer ones are cut: names are shown in lists and headings).
pub const MAX_NAME_CHARS: usize = 80;
/// Most scenarios a library holds (each is a few kilobytes in storage).
pub const MAX_ITEMS: usize = 200;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedScenario {
    /// Stable id.
    pub id: String,
    /// The planner's name for it.
    pub name: String,
    /// When it was last saved (ISO 8601, from the browser's clock).
    pub saved_at: String,
    /// The scenario.
    pub scenario: Scenario,
}

/// Every saved scenario, in the order they were saved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Library {
    pub items: Vec<SavedScenario>,
    /// The number of the next id (ids are never reused, even after a delete).
    pub next_id: u64,
}

/// Why a name cannot be given to a saved scenario (a rename asks for another instead of
/// numbering it: the planner chose that name for this one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Another saved scenario has it (its name, as shown).
    Taken(String),
}

/// `name` as kept: composed, trimmed, without invisible characters, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    // Composed, so that a name typed decomposed (Unikey's "Unicode tổ hợp") is the same
    // name, " (2)" and all, as the one typed composed.
    crate::names::nfc(name.trim())
        .chars()
        .filter(|c| crate::sharing::import::is_shown(*c))
        .take(MAX_NAME_CHARS)
        .collect::<String>()
        .trim()
        .to_string()
}

/// Whether two kept names read as one: letters alike but for case ("Kế hoạch A", "kế hoạch a")
/// and spaces alike but for how many. Two such scenarios were told apart by nothing a planner
/// sees at a glance in a picker or a comparison's column.
pub fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    key(a) == key(b)
}

/// Why a library operation did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LibraryError {
    /// No saved scenario has this id.
    NotFound,
    /// The library is full ([`MAX_ITEMS`]).
    Full,
}

impl Library {
    /// The saved scenario with `id`.
    pub fn get(&self, id: &str) -> Option<&SavedScenario> {
        self.items.iter().find(|s| s.id == id)
    }

    /// The saved scenario that `scenario` on screen is: the latest saved of those equal to it.
    /// One only, so that the list's "on screen" badge and the header's name agree when a
    /// duplicate leaves two identical copies.
    pub fn showing(&self, scenario: &Scenario) -> Option<&SavedScenario> {
        self.items.iter().rev().find(|s| s.scenario == *scenario)
    }

    /// Saves `scenario` under `name` (made unique); returns its id.
    pub fn save(
        &mut self,
        name: &str,
        scenario: Scenario,
        now: &str,
        fallback_name: &str,
    ) -> Result<String, LibraryError> {
        if self.items.len() >= MAX_ITEMS {
            return Err(LibraryError::Full);
        }
        let id = self.new_id();
        let name = self.unique_name(name, fallback_name, None);
        self.items.push(SavedScenario {
            id: id.clone(),
            name,
            saved_at: now.into(),
            scenario,
        });
        Ok(id)
    }

    /// Replaces the scenario saved under `id` (keeps its name).
    pub fn overwrite(
        &mut self,
        id: &str,
        scenario: Scenario,
        now: &str,
    ) -> Result<(), LibraryError> {
        let item = self
            .items
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or(LibraryError::NotFound)?;
        item.scenario = scenario;
        item.saved_at = now.into();
        Ok(())
    }

    /// The name [`Library::save`] would give `name` now: cleaned, `fallback` when empty,
    /// numbered when taken ("Kế hoạch A (2)"). The save form says it.
    pub fn name_for(&self, name: &str, fallback: &str) -> String {
        self.unique_name(name, fallback, None)
    }

    /// The saved scenario whose name a save of `name` would clash with, as that one is written
    /// (it may differ in capitals from what was typed): `None` when the save keeps the name
    /// typed, or takes the fallback. The save forms say it beside the number it got.
    pub fn taken_by(&self, name: &str, fallback: &str) -> Option<String> {
        let typed = clean_name(name);
        if typed.is_empty() || self.name_for(name, fallback) == typed {
            return None;
        }
        let taken = self.items.iter().find(|s| same_name(&s.name, &typed));
        Some(taken.map_or(typed, |s| s.name.clone()))
    }

    /// Why `id` cannot be renamed `name` (`None`: it can, or `name` is its name already).
    pub fn rename_problem(&self, id: &str, name: &str) -> Option<NameProblem> {
        let clean = clean_name(name);
        if clean.is_empty() {
            return Some(NameProblem::Empty);
        }
        self.items
            .iter()
            .find(|s| s.id != id && same_name(&s.name, &clean))
            .map(|s| NameProblem::Taken(s.name.clone()))
    }

    /// Renames `id` (the new name made unique among the others).
    pub fn rename(
        &mut self,
        id: &str,
        name: &str,
        fallback_name: &str,
    ) -> Result<(), LibraryError> {
        let i = self.index(id)?;
        let name = self.unique_name(name, fallback_name, Some(i));
        self.items[i].name = name;
        Ok(())
    }

    /// Copies `id` right after it, named "<name> (2)"; returns the copy's id.
    pub fn duplicate(&mut self, id: &str, now: &str) -> Result<String, LibraryError> {
        let i = self.index(id)?;
        if self.items.len() >= MAX_ITEMS {
            return Err(LibraryError::Full);
        }
        let new_id = self.new_id();
        let original = self.items[i].clone();
        let name = self.unique_name(&original.name, &original.name, None);
        self.items.insert(
            i + 1,
            SavedScenario {
                id: new_id.clone(),
                name,
                saved_at: now.into(),
                scenario: original.scenario,
            },
        );
        Ok(new_id)
    }

    /// Deletes `id`.
    pub fn delete(&mut self, id: &str) -> Result<(), LibraryError> {
        let i = self.index(id)?;
        self.items.remove(i);
        Ok(())
    }

    fn index(&self, id: &str) -> Result<usize, LibraryError> {
        self.items
            .iter()
            .position(|s| s.id == id)
            .ok_or(LibraryError::NotFound)
    }

    fn new_id(&mut self) -> String {
        // Never below what the items already use, whatever a stored library says.
        let used = self
            .items
            .iter()
            .filter_map(|s| s.id.strip_prefix('s')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(used + 1);
        let id = format!("s{}", self.next_id);
        self.next_id += 1;
        id
    }

    /// `name` trimmed and cut to [`MAX_NAME_CHARS`] (or `fallback` when empty), with " (2)",
    /// " (3)"… added when another item (not `except`) already has it.
    fn unique_name(&self, name: &str, fallback: &str, except: Option<usize>) -> String {
        let clean = clean_name(name);
        let base = if clean.is_empty() {
            fallback.trim().to_string()
        } else {
            clean
        };
        let taken = |n: &str| {
            self.items
                .iter()
                .enumerate()
                .any(|(i, s)| Some(i) != except && same_name(&s.name, n))
        };
        if !taken(&base) {
            return base;
        }
        // "Kế hoạch (2)" copied again gives "Kế hoạch (3)", not "Kế hoạch (2) (2)".
        let stem = match base.rsplit_once(" (") {
            Some((stem, n))
                if n.strip_suffix(')')
                    .is_some_and(|n| n.parse::<u32>().is_ok()) =>
            {
                stem.to_string()
            }
            _ => base.clone(),
        };
        // The number fits inside the limit: the stem is cut to leave it room (an 80-character
        // name taken became "… (10)", 85 characters, which the save box itself refuses).
        (2..)
            .map(|k| {
                let suffix = format!(" ({k})");
                let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
                let cut: String = stem.chars().take(room).collect();
                format!("{}{suffix}", cut.trim_end())
            })
            .find(|n| !taken(n))
            .unwrap_or(base)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ntm_model::Dataset;

    fn scenario() -> Scenario {
        Scenario::defaults(&Dataset::caobang_2020().expect("dataset"))
    }

    #[test]
    fn save_rename_duplicate_delete() {
        let mut lib = Library::default();
        let a = lib
            .save("  Kế hoạch về đích ", scenario(), "t1", "Kịch bản")
            .unwrap();
        let b = lib
            .save("Kế hoạch về đích", scenario(), "t2", "Kịch bản")
            .unwrap();
        assert_eq!(lib.get(&a).unwrap().name, "Kế hoạch về đích");
        assert_eq!(lib.get(&b).unwrap().name, "Kế hoạch về đích (2)");
        let c = lib.duplicate(&b, "t3").unwrap();
        assert_eq!(lib.get(&c).unwrap().name, "Kế hoạch về đích (3)");
        assert_eq!(
            lib.items.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            [a.as_str(), &b, &c]
        );
        lib.rename(&a, "Đào tạo", "Kịch bản").unwrap();
        assert_eq!(lib.get(&a).unwrap().name, "Đào tạo");
        lib.rename(&a, "Đào tạo", "Kịch bản").unwrap();
        assert_eq!(
            lib.get(&a).unwrap().name,
            "Đào tạo",
            "renaming to its own name keeps it"
        );
        lib.delete(&b).unwrap();
        assert_eq!(lib.delete(&b), Err(LibraryError::NotFound));
        let d = lib.save("", scenario(), "t4", "Kịch bản").unwrap();
        assert_eq!(lib.get(&d).unwrap().name, "Kịch bản");
        assert_ne!(d, b, "ids are never reused");
    }

    #[test]
    fn of_identical_copies_only_the_latest_saved_is_the_one_on_screen() {
        let mut lib = Library::default();
        let a = lib.save("A", scenario(), "t1", "Kịch bản").unwrap();
        let mut other = scenario();
        other.runs = 50;
        let b = lib.save("B", other.clone(), "t2", "Kịch bản").unwrap();
        assert_eq!(
            lib.showing(&scenario()).map(|s| s.id.as_str()),
            Some(a.as_str())
        );
        let copy = lib.duplicate(&a, "t3").unwrap();
        assert_eq!(
            lib.showing(&scenario()).map(|s| s.id.as_str()),
            Some(copy.as_str())
        );
        assert_eq!(lib.showing(&other).map(|s| s.id.as_str()), Some(b.as_str()));
        other.runs = 60;
        assert!(lib.showing(&other).is_none());
    }

    #[test]
    fn names_are_cleaned_and_the_library_has_a_limit() {
        let mut lib = Library::default();
        let long = "x".repeat(500);
        let id = lib
            .save(&format!("a\u{0}b{long}"), scenario(), "t", "K")
            .unwrap();
        assert_eq!(lib.get(&id).unwrap().name.chars().count(), MAX_NAME_CHARS);
        assert!(lib.get(&id).unwrap().name.starts_with("ab"));
        // The same long name again: numbered within the limit.
        let again = lib
            .save(&format!("a\u{0}b{long}"), scenario(), "t", "K")
            .unwrap();
        let numbered = &lib.get(&again).unwrap().name;
        assert_eq!(numbered.chars().count(), MAX_NAME_CHARS, "{numbered}");
        assert!(numbered.ends_with("x (2)"), "{numbered}");
        lib.delete(&again).unwrap();
        // Decomposed Vietnamese is the same name as composed.
        let first = lib.save("Kế hoạch", scenario(), "t", "K").unwrap();
        let nfd = "Ke\u{302}\u{301} hoa\u{323}ch";
        let second = lib.save(nfd, scenario(), "t", "K").unwrap();
        assert_eq!(lib.get(&first).unwrap().name, "Kế hoạch");
        assert_eq!(lib.get(&second).unwrap().name, "Kế hoạch (2)");
        lib.delete(&first).unwrap();
        lib.delete(&second).unwrap();
        for i in 1..MAX_ITEMS {
            lib.save(&format!("{i}"), scenario(), "t", "K").unwrap();
        }
        assert_eq!(
            lib.save("one more", scenario(), "t", "K"),
            Err(LibraryError::Full)
        );
    }

    #[test]
    fn a_rename_to_a_taken_or_empty_name_is_refused_and_a_save_says_its_name() {
        let mut lib = Library::default();
        let a = lib.save("Kế hoạch A", scenario(), "t", "K").unwrap();
        let b = lib.save("Kế hoạch B", scenario(), "t", "K").unwrap();
        // Another's name, however typed (spaces, decomposed), is refused with its name.
        assert_eq!(
            lib.rename_problem(&b, "  Ke\u{302}\u{301} hoa\u{323}ch A "),
            Some(NameProblem::Taken("Kế hoạch A".into()))
        );
        assert_eq!(
            lib.rename_problem(&b, " \u{200b} "),
            Some(NameProblem::Empty)
        );
        // Its own name, or a new one, is fine.
        assert_eq!(lib.rename_problem(&a, "Kế hoạch A"), None);
        assert_eq!(lib.rename_problem(&b, "Kế hoạch C"), None);
        // What a save would call it: the next free number, or the fallback.
        assert_eq!(lib.name_for("Kế hoạch A", "K"), "Kế hoạch A (2)");
        assert_eq!(lib.name_for("  ", "Kịch bản"), "Kịch bản");
        assert_eq!(lib.name_for("Mới", "K"), "Mới");
        let c = lib.save("Kế hoạch A", scenario(), "t", "K").unwrap();
        assert_eq!(lib.get(&c).unwrap().name, "Kế hoạch A (2)");
    }

    #[test]
    fn names_alike_but_for_case_or_spacing_are_one_name() {
        let mut lib = Library::default();
        let a = lib.save("Ưu tiên Đông Khê", scenario(), "t", "K").unwrap();
        let b = lib.save("Kế hoạch B", scenario(), "t", "K").unwrap();
        // Vietnamese capitals too (Ư, Đ), and a doubled space.
        assert_eq!(
            lib.rename_problem(&b, "ưu tiên  đông khê"),
            Some(NameProblem::Taken("Ưu tiên Đông Khê".into()))
        );
        assert_eq!(
            lib.name_for("ƯU TIÊN ĐÔNG KHÊ", "K"),
            "ƯU TIÊN ĐÔNG KHÊ (2)"
        );
        // The save says whose name it was, as written there.
        assert_eq!(
            lib.taken_by(" ƯU TIÊN ĐÔNG KHÊ", "K").as_deref(),
            Some("Ưu tiên Đông Khê")
        );
        assert_eq!(lib.taken_by("Mới", "K"), None);
        assert_eq!(lib.taken_by("  ", "K"), None);
        // Its own name in other capitals is a rename of itself, not a clash.
        assert_eq!(lib.rename_problem(&a, "Ưu tiên đông khê"), None);
        lib.rename(&a, "Ưu tiên đông khê", "K").unwrap();
        assert_eq!(lib.get(&a).unwrap().name, "Ưu tiên đông khê");
        // Letters that differ are different names.
        assert_eq!(lib.rename_problem(&b, "Ưu tiên Đông Khe"), None);
    }
}
