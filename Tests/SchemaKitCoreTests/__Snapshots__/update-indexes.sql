-- postgresql
alter table "author" drop constraint "author_email_unique";
create index "author_age_index" on "author" ("age");

alter index "book_title_index" rename to "book_title_lookup";
alter table "book" add constraint "book_title_author_id_unique" unique ("title", "author_id");

-- mysql
alter table `author` drop index `author_email_unique`;
alter table `author` add index `author_age_index`(`age`);

alter table `book` rename index `book_title_index` to `book_title_lookup`;
alter table `book` add unique `book_title_author_id_unique`(`title`, `author_id`);

-- mariadb
alter table `author` drop index `author_email_unique`;
alter table `author` add index `author_age_index`(`age`);

alter table `book` rename index `book_title_index` to `book_title_lookup`;
alter table `book` add unique `book_title_author_id_unique`(`title`, `author_id`);

-- sqlite
drop index if exists "author_email_unique";
create index "author_age_index" on "author" ("age");

drop index if exists "book_title_index";
create index "book_title_lookup" on "book" ("title");
create unique index "book_title_author_id_unique" on "book" ("title", "author_id");

-- mssql
alter table [author] drop constraint [author_email_unique];
create index [author_age_index] on [author] ([age]);

exec sp_rename N'[book].[book_title_index]', N'book_title_lookup', 'INDEX';
alter table [book] add constraint [book_title_author_id_unique] unique ([title], [author_id]);

