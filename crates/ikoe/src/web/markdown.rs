//! Markdown as people write it in posts, rendered to safe HTML: raw HTML in
//! the source is shown as text, then the result goes through the ammonia
//! sanitiser (no script, no event handlers, no images, so no tracking
//! pixels; links open with `rel="nofollow noopener noreferrer"`).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.rm_tags(["img"])
        .link_rel(Some("nofollow noopener noreferrer"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect());
    b
});

/// Rendered texts of this node, by their Markdown (the same text always
/// renders the same); emptied when it holds [`CACHE_ENTRIES`] texts.
static RENDERED: LazyLock<Mutex<HashMap<String, Arc<str>>>> = LazyLock::new(Default::default);
const CACHE_ENTRIES: usize = 20_000;
/// Longer texts are rendered each time.
const CACHE_MAX_LEN: usize = 16 * 1024;

/// [`render`], from the node's cache when the same text was rendered before
/// (a thread page shows the same posts again and again).
pub fn render_cached(src: &str) -> Arc<str> {
    if src.len() > CACHE_MAX_LEN {
        return render(src).into();
    }
    if let Some(html) = RENDERED.lock().ok().and_then(|m| m.get(src).cloned()) {
        return html;
    }
    let html: Arc<str> = render(src).into();
    if let Ok(mut m) = RENDERED.lock() {
        if m.len() >= CACHE_ENTRIES {
            m.clear();
        }
        m.insert(src.to_string(), html.clone());
    }
    html
}

/// Renders `src` (Markdown) to sanitised HTML.
pub fn render(src: &str) -> String {
    let opts = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    let events = Parser::new_ext(src, opts).filter_map(|e| match e {
        // what looks like HTML is kept as the text it is
        Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
        // an image leaves its description as text, never an <img>
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut html = String::with_capacity(src.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events);
    CLEANER.clean(&html).to_string()
}

#[cfg(test)]
mod tests {
    use super::{render, render_cached};

    #[test]
    fn cached_rendering_is_the_same() {
        let src = "*einmal* <b>roh</b>";
        assert_eq!(&*render_cached(src), render(src));
        assert_eq!(&*render_cached(src), render(src));
    }

    #[test]
    fn markdown_is_rendered() {
        let h = render("**fett** und [Link](https://example.org)\n\n- eins\n- zwei");
        assert!(h.contains("<strong>fett</strong>"), "{h}");
        assert!(
            h.contains(r#"<a href="https://example.org" rel="nofollow noopener noreferrer">Link</a>"#),
            "{h}"
        );
        assert!(h.contains("<li>eins</li>"), "{h}");
    }

    #[test]
    fn script_and_tracking_images_are_gone() {
        let h = render("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(h.contains("&lt;script&gt;"), "raw HTML is shown as text: {h}");
        let h = render("![pixel](https://tracker.example/p.gif)");
        assert!(!h.contains("<img"), "{h}");
        let h = render("[klick](javascript:alert(1))");
        assert!(!h.contains("javascript:"), "{h}");
        let h = render("<a href=\"https://x\" onclick=\"steal()\">x</a>");
        assert!(!h.contains("<a "), "raw HTML never becomes an element: {h}");
        assert!(h.contains("&lt;a href="), "{h}");
        // autolinks keep their text and get the safe rel
        let h = render("<https://example.org/a?b=c>");
        assert!(h.contains(r#"rel="nofollow noopener noreferrer""#), "{h}");
    }
}
