//! The plural forms of counted units a script writes, collected per session.
//!
//! A count that takes its unit from a denominator (`1720 h / (20 min per visit)`) reads
//! `5160 visits` when the script wrote `visits` anywhere. The forms come from the unit names in
//! the script's text (a name after a number, `per`, `/`, `in` or a list's `]`), gathered before
//! it runs, so an atom carries its plural from the moment it is made and display needs no global
//! table. Only a form someone wrote is used: wl never makes a plural itself, which would be
//! wrong for Indonesian words (`pasien` is both).

use crate::lexer::{lex, Token};
use std::collections::HashMap;
use std::rc::Rc;

/// Singular key (`visit`) → the plural the script wrote (`visits`).
#[derive(Clone, Debug, Default)]
pub struct Plurals {
    forms: HashMap<Rc<str>, Rc<str>>,
}

impl Plurals {
    /// The plural written for `key`, if any.
    pub fn get(&self, key: &str) -> Option<Rc<str>> {
        self.forms.get(key).cloned()
    }

    /// Record a unit name as written: a plural form (`visits`) is kept for its singular.
    pub fn learn(&mut self, name: &str) {
        if !super::is_plural_form(name) || super::is_builtin_time_unit(name) {
            return;
        }
        let key = super::singular(name);
        if !self.forms.contains_key(key.as_ref()) {
            self.forms.insert(Rc::from(key.as_ref()), Rc::from(name));
        }
    }

    /// Learn every unit name written in `text`.
    pub fn learn_source(&mut self, text: &str) {
        let (tokens, _) = lex(text, 0);
        for pair in tokens.windows(2) {
            let unit_position = matches!(
                pair[0].0,
                Token::Number(_) | Token::Per | Token::Slash | Token::In | Token::RBracket
            );
            if let (true, Token::Ident(name)) = (unit_position, &pair[1].0) {
                self.learn(name);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_come_from_unit_names_only() {
        let mut p = Plurals::default();
        p.learn_source("let visits = 3\nlet v = 12000 visits per year\nprint 1 h in patients\n");
        assert_eq!(p.get("visit").as_deref(), Some("visits"));
        assert_eq!(p.get("patient").as_deref(), Some("patients"));
        // `pasien` is its own plural; `days` is a time unit, not a count.
        p.learn_source("print 3 pasien\nprint 4 days\n");
        assert_eq!(p.get("pasien"), None);
        assert_eq!(p.get("day"), None);
    }

    #[test]
    fn a_plural_is_kept_under_its_english_singular() {
        // `deliveries` is the plural of `delivery`, `boxes` of `box`; `calorie` is a singular
        // (no `s`), so it is not taken for the plural of anything.
        let mut p = Plurals::default();
        p.learn_source("let a = 150 deliveries\nlet b = 3 boxes\nlet c = 2 calorie\n");
        assert_eq!(p.get("delivery").as_deref(), Some("deliveries"));
        assert_eq!(p.get("box").as_deref(), Some("boxes"));
        assert_eq!(p.get("calory"), None);
        // A unit per `delivery` then shows the plural the script wrote.
        let u = crate::units::Unit::from_names_in(Some("delivery"), &[], &p);
        assert_eq!(u.display(false), "deliveries");
    }
}
