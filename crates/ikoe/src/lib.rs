//! ikoe's application crate: configuration, start-up, the web layer, mail,
//! demo data. `main.rs` is the command line around it.

pub mod calendar;
pub mod config;
pub mod demo;
pub mod jobs;
pub mod mail;
pub mod regions;
pub mod router;
pub mod security;
pub mod server;
pub mod startup;
pub mod state;
pub mod web;
