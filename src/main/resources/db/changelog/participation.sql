--liquibase formatted sql

--changeset sendplan:participation-1-tables
-- Proposals raised by parent carers, schools and board members on a plan open to partners.
-- Actions live in the plans module and may be removed, so action_id has no foreign key.
create table proposal (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    theme_id uuid,
    title varchar(200) not null,
    problem text not null,
    idea text not null,
    expected_impact text not null,
    estimate numeric(14, 2),
    estimate_kind varchar(10),
    proposer_id uuid not null,
    proposer_name varchar(200) not null,
    raised_at timestamptz not null,
    outcome varchar(30),
    action_id uuid,
    version bigint not null default 0
);
create index proposal_plan on proposal (tenant_id, plan_id);
create index proposal_proposer on proposal (tenant_id, proposer_id);

-- One support a person: the primary key is what makes "support once" hold under concurrent clicks.
create table proposal_support (
    tenant_id uuid not null references tenant (id),
    proposal_id uuid not null references proposal (id) on delete cascade,
    person_id uuid not null,
    supported_at timestamptz not null,
    primary key (proposal_id, person_id)
);

-- The LA's responses, newest last; never rewritten, so the proposer sees what happened and when.
create table proposal_response (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    proposal_id uuid not null references proposal (id) on delete cascade,
    outcome varchar(30) not null,
    reasons text not null,
    action_id uuid,
    action_activity text,
    responded_by varchar(200) not null,
    responded_at timestamptz not null
);
create index proposal_response_proposal on proposal_response (tenant_id, proposal_id, responded_at);

-- A consultation on the version of a plan now being worked on (the number it will have once approved).
create table consultation (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    version_number int not null,
    opens_on date not null,
    closes_on date not null,
    opened_by varchar(200) not null,
    opened_at timestamptz not null,
    version bigint not null default 0,
    constraint consultation_one_per_version unique (plan_id, version_number)
);

create table consultation_question (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    consultation_id uuid not null references consultation (id) on delete cascade,
    position int not null,
    text text not null
);
create index consultation_question_consultation on consultation_question (tenant_id, consultation_id, position);

-- A person's own answer (group_name null, one a question) or a facilitator's notes for a named table.
create table consultation_answer (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    question_id uuid not null references consultation_question (id) on delete cascade,
    person_id uuid not null,
    answered_by varchar(200) not null,
    group_name varchar(200),
    text text not null,
    answered_at timestamptz not null,
    version bigint not null default 0
);
create unique index consultation_answer_one_a_person on consultation_answer (question_id, person_id) where group_name is null;
create index consultation_answer_question on consultation_answer (tenant_id, question_id);

create table forum_position (
    id uuid primary key,
    tenant_id uuid not null references tenant (id),
    plan_id uuid not null references improvement_plan (id),
    version_number int not null,
    position varchar(40) not null,
    statement text not null,
    recorded_by varchar(200) not null,
    recorded_at timestamptz not null,
    version bigint not null default 0,
    constraint forum_position_one_per_version unique (plan_id, version_number)
);

create table coproduction_setting (
    id uuid primary key,
    tenant_id uuid not null unique references tenant (id),
    sign_off_required boolean not null,
    changed_by varchar(200) not null,
    changed_at timestamptz not null,
    version bigint not null default 0
);

alter table proposal enable row level security;
alter table proposal force row level security;
create policy tenant_isolation on proposal
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table proposal_support enable row level security;
alter table proposal_support force row level security;
create policy tenant_isolation on proposal_support
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table proposal_response enable row level security;
alter table proposal_response force row level security;
create policy tenant_isolation on proposal_response
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table consultation enable row level security;
alter table consultation force row level security;
create policy tenant_isolation on consultation
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table consultation_question enable row level security;
alter table consultation_question force row level security;
create policy tenant_isolation on consultation_question
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table consultation_answer enable row level security;
alter table consultation_answer force row level security;
create policy tenant_isolation on consultation_answer
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table forum_position enable row level security;
alter table forum_position force row level security;
create policy tenant_isolation on forum_position
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

alter table coproduction_setting enable row level security;
alter table coproduction_setting force row level security;
create policy tenant_isolation on coproduction_setting
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

grant select, insert, update, delete on proposal, consultation, consultation_question, consultation_answer, forum_position,
    coproduction_setting to ${app_role};
grant select, insert, delete on proposal_support to ${app_role};
grant select, insert on proposal_response to ${app_role};
