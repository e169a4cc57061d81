//! A meeting's agenda as shown: by day, within a day by time slot, and
//! sessions that overlap in time side by side in one slot.

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
    /// A session's times differ from the slot's (shown with the session
    /// then; otherwise the slot's time says it once).
    pub fn own_time(&self, x: &SessionItem) -> bool {
        x.starts_at != self.starts_at || x.ends_at != self.ends_at
    }
}

/// The slots of one day (in the platform's time zone).
pub struct Day {
    /// The start of its first slot (the heading shows its date).
    pub starts_at: i64,
    pub slots: Vec<Slot>,
}

/// Groups an agenda (ordered by start) into days of slots.
pub fn days(agenda: Vec<SessionItem>) -> Vec<Day> {
    let tz = i18n::time_zone();
    let mut out: Vec<(String, Day)> = Vec::new();
    for slot in slots(agenda) {
        let date = domain::series::to_local_date_input(slot.starts_at, tz);
        match out.last_mut() {
            Some((d, day)) if *d == date => day.slots.push(slot),
            _ => out.push((
                date,
                Day {
                    starts_at: slot.starts_at,
                    slots: vec![slot],
                },
            )),
        }
    }
    out.into_iter().map(|(_, d)| d).collect()
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
        assert!(s[1].own_time(&s[1].sessions[0]) && !s[0].own_time(&s[0].sessions[0]));
    }

    #[test]
    fn slots_are_grouped_by_day() {
        // 2027-03-04 08:00 UTC is 09:00 in Berlin
        let d1 = 1_804_147_200;
        let h = 3_600;
        let d = days(vec![
            item(1, d1, d1 + h),
            item(2, d1 + 2 * h, d1 + 3 * h),
            item(3, d1 + 24 * h, d1 + 25 * h),
        ]);
        let ids: Vec<Vec<usize>> = d
            .iter()
            .map(|d| d.slots.iter().map(|s| s.sessions.len()).collect())
            .collect();
        assert_eq!(ids, vec![vec![1, 1], vec![1]]);
        assert_eq!(d[1].starts_at, d1 + 24 * h);
    }
}
