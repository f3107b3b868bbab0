-- postgresql
alter table "author" rename column "bio" to "summary";

-- mysql
alter table `author` rename column `bio` to `summary`;

-- mariadb
alter table `author` rename column `bio` to `summary`;

-- sqlite
alter table "author" rename column "bio" to "summary";

-- mssql
exec sp_rename N'[author].[bio]', N'summary', 'COLUMN';

