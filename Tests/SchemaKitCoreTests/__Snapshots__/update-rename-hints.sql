-- postgresql
alter table "author" rename column "name" to "full_name";
alter table "author" alter column "full_name" type varchar(150) using ("full_name"::varchar(150));

alter table "book" rename column "title" to "heading";
alter index "book_title_index" rename to "book_heading_index";

-- mysql
alter table `author` rename column `name` to `full_name`;
alter table `author` modify `full_name` varchar(150) not null;

alter table `book` rename column `title` to `heading`;
alter table `book` rename index `book_title_index` to `book_heading_index`;

-- mariadb
alter table `author` rename column `name` to `full_name`;
alter table `author` modify `full_name` varchar(150) not null;

alter table `book` rename column `title` to `heading`;
alter table `book` rename index `book_title_index` to `book_heading_index`;

-- sqlite
alter table "author" rename column "name" to "full_name";

alter table "book" rename column "title" to "heading";
drop index if exists "book_title_index";
create index "book_heading_index" on "book" ("heading");

-- mssql
exec sp_rename N'[author].[name]', N'full_name', 'COLUMN';
alter table [author] alter column [full_name] nvarchar(150) not null;

exec sp_rename N'[book].[title]', N'heading', 'COLUMN';
exec sp_rename N'[book].[book_title_index]', N'book_heading_index', 'INDEX';

