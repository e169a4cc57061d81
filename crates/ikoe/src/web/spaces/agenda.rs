//! A meeting's agenda as shown: sessions that overlap in time side by side.

use store::meetings::SessionItem;

/// Sessions that overlap in time, shown side by side.
pub struct Slot {
    pub starts_at: i64,
    pub ends_at: i64,
    pub sessions: Vec<SessionItem>,
}

impl Slot {
    pub fn parallel(&self) -> bool {
        self.sessions.len() > 1
    }
}

/// Groups an agenda (ordered by start) into slots of overlapping sessions.
pub fn slots(agenda: Vec<SessionItem>) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::new();
    for s in agenda {
        match out.last_mut() {
            Some(slot) if s.starts_at < slot.ends_at => {
                slot.ends_at = slot.ends_at.max(s.ends_at);
                slot.sessions.push(s);
            }
            _ => out.push(Slot {
                starts_at: s.starts_at,
                ends_at: s.ends_at,
                sessions: vec![s],
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::Flag;
    use store::meetings::Session;

    fn item(id: i64, from: i64, to: i64) -> SessionItem {
        SessionItem {
            session: Session {
                id,
                meeting_id: 1,
                title: String::new(),
                format: domain::meetings::SessionFormat::Workshop,
                starts_at: from,
                ends_at: to,
                room: String::new(),
                track: String::new(),
                capacity: None,
                description: String::new(),
                topic_id: None,
                tables: None,
                rounds: None,
                table_hosts: String::new(),
                case_owner: String::new(),
                moderator: String::new(),
                advisers: String::new(),
                documentation: String::new(),
                version: 1,
                created_at: domain::Timestamp(0),
                updated_at: domain::Timestamp(0),
            },
            chosen: 0,
            mine: Flag(false),
        }
    }

    #[test]
    fn overlapping_sessions_share_a_slot() {
        let s = slots(vec![
            item(1, 9, 10),
            item(2, 10, 12),
            item(3, 10, 11),
            item(4, 11, 13),
            item(5, 13, 14),
        ]);
        let ids: Vec<Vec<i64>> = s.iter().map(|s| s.sessions.iter().map(|x| x.id).collect()).collect();
        assert_eq!(ids, vec![vec![1], vec![2, 3, 4], vec![5]]);
        assert!(s[1].parallel() && !s[0].parallel());
    }
}
