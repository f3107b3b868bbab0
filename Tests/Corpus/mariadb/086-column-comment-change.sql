-- title: column comment changed, with quotes, semicolon and unicode
-- feature: comment-on-column
-- doc: https://mariadb.com/kb/en/create-table/#comment
-- from
create table recipe_step (id int auto_increment primary key, instruction text not null comment 'What to do');
-- rows
insert into recipe_step (instruction) values ('stir');
-- to
create table recipe_step (id int auto_increment primary key, instruction text not null comment 'What to do; e.g. "stir for 2'' 30" -- 搅拌');
