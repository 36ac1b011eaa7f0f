// the game emits 'coins' on its own this.events, and the HUD listens on its own this.events
class Game extends Phaser.Scene {
  constructor() { super('game'); }
  preload() {}
  create() {
    this.coins = 0;
    this.scene.launch('hud');
    this.time.addEvent({ delay: 300, loop: true, callback: () => {
      this.coins += 1;
      this.events.emit('coins', this.coins);
    } });
    this.add.circle(400, 300, 30, 0xffcc00);
  }
}

class Hud extends Phaser.Scene {
  constructor() { super('hud'); }
  preload() {}
  create() {
    const label = this.add.text(16, 16, 'Coins: 0', { fontSize: '24px', color: '#ffffff' });
    this.events.on('coins', (n) => label.setText('Coins: ' + n));
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [Game, Hud] });
