import Phaser from 'phaser';
import Hero from './hero.js';

new Phaser.Game({ type: Phaser.AUTO, width: 400, height: 300, scene: Hero });
