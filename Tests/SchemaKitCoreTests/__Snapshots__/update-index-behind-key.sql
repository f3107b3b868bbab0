-- postgresql
create index "book_author_id_title_index" on "book" ("author_id", "title");

-- mysql
alter table `book` drop foreign key `book_author_id_foreign`;

alter table `book` drop index `book_author_id_index`;
alter table `book` add index `book_author_id_title_index`(`author_id`, `title`);

alter table `book` add constraint `book_author_id_foreign` foreign key (`author_id`) references `author` (`id`);

-- mariadb
alter table `book` drop foreign key `book_author_id_foreign`;

alter table `book` drop index `book_author_id_index`;
alter table `book` add index `book_author_id_title_index`(`author_id`, `title`);

alter table `book` add constraint `book_author_id_foreign` foreign key (`author_id`) references `author` (`id`);

-- sqlite
drop index if exists "book_author_id_index";
create index "book_author_id_title_index" on "book" ("author_id", "title");

-- mssql
create index [book_author_id_title_index] on [book] ([author_id], [title]);

