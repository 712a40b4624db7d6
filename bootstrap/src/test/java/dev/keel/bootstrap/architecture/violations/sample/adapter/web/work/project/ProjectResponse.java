package dev.keel.bootstrap.architecture.violations.sample.adapter.web.work.project;

/** Breaks WEB_REQUESTS_AND_RESPONSES_ARE_RECORDS: a response that is a class. */
public final class ProjectResponse {
}
