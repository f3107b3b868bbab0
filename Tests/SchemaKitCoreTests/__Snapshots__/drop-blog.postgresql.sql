set names 'utf8';

drop table if exists "edition_review" cascade;
drop table if exists "edition" cascade;
drop table if exists "book_tags" cascade;
drop table if exists "book" cascade;
drop table if exists "author_profile" cascade;
drop table if exists "author_friends" cascade;
drop table if exists "author" cascade;
drop table if exists "publisher" cascade;
drop table if exists "person" cascade;
drop table if exists "book_tag" cascade;
drop table if exists "schemakit_migrations" cascade;

drop type if exists "book_status";
