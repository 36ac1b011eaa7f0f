// Every second a coin appears over a random platform; GetRandom is handed the group, which has no items, so no coin ever appears
class Coins extends Phaser.Scene {
  constructor() { super('coins'); }
  preload() {}
  create() {
    this.platforms = this.physics.add.staticGroup();
    [150, 400, 650].forEach((x) => this.platforms.add(this.add.rectangle(x, 450, 160, 20, 0x668844)));
    this.coins = 0;
    this.label = this.add.text(20, 20, 'Coins: 0', { fontSize: '22px', color: '#ffffff' });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      const plat = Phaser.Utils.Array.GetRandom(this.platforms);
      if (!plat) return;
      this.add.circle(plat.x, plat.y - 30, 10, 0xffdd00);
      this.coins += 1;
      this.label.setText('Coins: ' + this.coins);
    } });
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1a2233', physics: { default: 'arcade' }, scene: Coins });
