package org.sendplan.portal.plans;

/** A file offered as evidence; its name is only a label, its bytes decide what it is. */
public record EvidenceUpload(String fileName, byte[] content) {}
