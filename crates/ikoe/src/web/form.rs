//! A submitted form as name/value pairs, for forms with repeated names
//! (checkbox groups) or names made from a list (a title per language).

#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(transparent)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }
    /// Every value of `name` (a checkbox group).
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
    /// Whether a checkbox was ticked.
    pub fn on(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}
