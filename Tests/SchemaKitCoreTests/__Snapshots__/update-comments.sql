-- postgresql
comment on column "author"."bio" is 'about the author';
comment on table "author" is 'people who write';

-- mysql
alter table `author` modify `bio` text null comment 'about the author';
alter table `author` comment = 'people who write';

-- mariadb
alter table `author` modify `bio` text null comment 'about the author';
alter table `author` comment = 'people who write';

-- sqlite

-- mssql
exec sp_addextendedproperty 'MS_Description', N'about the author', 'schema', N'dbo', 'table', N'author', 'column', N'bio';
exec sp_addextendedproperty 'MS_Description', N'people who write', 'schema', N'dbo', 'table', N'author';

