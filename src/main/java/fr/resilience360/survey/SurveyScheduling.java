package fr.resilience360.survey;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the module's periodic work: publishing again the shared surveys whose answers changed ({@link ObservatorySharing}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SurveyScheduling {}
