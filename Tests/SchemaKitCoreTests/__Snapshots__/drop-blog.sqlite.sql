pragma foreign_keys = off;

drop table if exists "edition_review";
drop table if exists "edition";
drop table if exists "book_tags";
drop table if exists "book";
drop table if exists "author_profile";
drop table if exists "author_friends";
drop table if exists "author";
drop table if exists "publisher";
drop table if exists "person";
drop table if exists "book_tag";
drop table if exists "schemakit_migrations";

pragma foreign_keys = on;
