-- title: table and column comments changed, with quotes and a semicolon
-- feature: comment-on-column
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table recipe_step (id serial primary key, instruction text not null);
comment on table recipe_step is 'Steps';
comment on column recipe_step.instruction is 'What to do';
-- rows
insert into recipe_step (instruction) values ('stir');
-- to
create table recipe_step (id serial primary key, instruction text not null);
comment on table recipe_step is 'Steps; ordered by id -- don''t reorder';
comment on column recipe_step.instruction is 'What to do, e.g. "stir for 2'' 30"" ";  /* free text */';
