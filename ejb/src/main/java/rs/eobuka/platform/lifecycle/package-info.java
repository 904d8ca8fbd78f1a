/**
 * The end of the application's start-up: the singleton that runs after every other
 * {@code @Startup} singleton, starts the engine's job executor and declares the application
 * started to the readiness check and the timers.
 */
package rs.eobuka.platform.lifecycle;
