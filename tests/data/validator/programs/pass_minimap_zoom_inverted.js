// 俯视角冒险：世界比屏幕大，镜头跟随玩家移动，右上角的小地图显示整个世界和玩家的位置。
const WORLD_W = 3200;
const WORLD_H = 2400;
const MINI_W = 200;
const MINI_H = 150;

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#203020',
  physics: { default: 'arcade', arcade: { debug: false } },
  scene: {
    create() {
      const g = this.add.graphics();
      g.fillStyle(0xf4d35e).fillCircle(16, 16, 16).generateTexture('hero', 32, 32);
      g.clear().fillStyle(0x5c4033).fillRect(0, 0, 64, 64).generateTexture('rock', 64, 64);
      g.destroy();

      const grid = this.add.grid(WORLD_W / 2, WORLD_H / 2, WORLD_W, WORLD_H, 128, 128, 0x2e4a2e, 1, 0x3d5c3d, 1);
      this.rocks = this.physics.add.staticGroup();
      for (let x = 300; x < WORLD_W; x += 420) {
        for (let y = 260; y < WORLD_H; y += 380) {
          this.rocks.create(x + ((y / 380) % 2) * 150, y, 'rock');
        }
      }

      this.physics.world.setBounds(0, 0, WORLD_W, WORLD_H);
      this.player = this.physics.add.sprite(160, 160, 'hero').setCollideWorldBounds(true);
      this.physics.add.collider(this.player, this.rocks);

      const cam = this.cameras.main;
      cam.setBounds(0, 0, WORLD_W, WORLD_H);
      cam.startFollow(this.player, true, 0.1, 0.1);

      const zoom = Math.min(MINI_W / WORLD_W, MINI_H / WORLD_H);
      this.minimap = this.cameras.add(800 - MINI_W - 10, 10, MINI_W, MINI_H).setName('minimap');
      this.minimap.setZoom(zoom);
      this.minimap.setBackgroundColor(0x000000);
      this.minimap.centerOn(WORLD_W / 2, WORLD_H / 2);

      this.marker = this.add.circle(this.player.x, this.player.y, 60, 0xff3333);
      cam.ignore(this.marker);
      this.minimap.ignore(grid);

      this.cursors = this.input.keyboard.createCursorKeys();
    },

    update() {
      const speed = 260;
      const body = this.player.body;
      body.setVelocity(0);
      if (this.cursors.left.isDown) body.setVelocityX(-speed);
      else if (this.cursors.right.isDown) body.setVelocityX(speed);
      if (this.cursors.up.isDown) body.setVelocityY(-speed);
      else if (this.cursors.down.isDown) body.setVelocityY(speed);
      this.marker.setPosition(this.player.x, this.player.y);
    }
  }
});
