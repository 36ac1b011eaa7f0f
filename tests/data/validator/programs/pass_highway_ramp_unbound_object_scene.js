// Night highway: steer the car with A/D or the arrow keys around traffic cones on an endless road whose speed rises by 40 km/h every 3 seconds; distance is the score and hitting a cone ends the drive.
new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 720,
  backgroundColor: '#111111',
  physics: { default: 'arcade' },
  scene: {
    key: 'Highway',
    create() {
      const g = this.add.graphics();
      g.fillStyle(0x424242).fillRect(0, 0, 320, 80).fillStyle(0xffffff).fillRect(156, 0, 8, 40);
      g.generateTexture('road', 320, 80);
      g.clear().fillStyle(0x00e5ff).fillRoundedRect(0, 0, 40, 70, 8).fillStyle(0x004d40).fillRect(6, 14, 28, 16);
      g.generateTexture('car', 40, 70);
      g.clear().fillStyle(0xff6d00).fillTriangle(15, 0, 0, 34, 30, 34);
      g.generateTexture('cone', 30, 34);
      g.destroy();

      this.road = this.add.tileSprite(240, 360, 320, 720, 'road');
      this.speed = 280;
      this.distance = 0;
      this.crashed = false;

      this.car = this.physics.add.image(240, 620, 'car');
      this.cones = this.physics.add.group();
      this.physics.add.overlap(this.car, this.cones, () => {
        this.crashed = true;
        this.physics.pause();
        this.time.removeAllEvents();
        this.add.text(240, 330, `CRASH\n${Math.floor(this.distance)} m`, { fontSize: '44px', align: 'center' }).setOrigin(0.5);
      });

      this.keys = this.input.keyboard.addKeys('A,D,LEFT,RIGHT');
      this.hud = this.add.text(12, 12, '', { fontSize: '20px', color: '#ffffff' });

      this.time.addEvent({ delay: 3000, loop: true, callback: this.rampSpeed, callbackScope: this });
      this.time.addEvent({
        delay: 700,
        loop: true,
        callback: () => {
          const cone = this.cones.create(Phaser.Math.Between(100, 380), -30, 'cone');
          cone.setVelocityY(this.speed);
        }
      });
    },

    update(time, delta) {
      if (this.crashed) return;
      const dt = delta / 1000;
      const steer = (this.keys.A.isDown || this.keys.LEFT.isDown ? -1 : 0) + (this.keys.D.isDown || this.keys.RIGHT.isDown ? 1 : 0);
      this.car.setVelocityX(steer * 300);
      this.car.x = Phaser.Math.Clamp(this.car.x, 100, 380);

      this.road.tilePositionY -= this.speed * dt;
      this.distance += this.speed * dt / 36;
      this.cones.getChildren().slice().forEach(c => {
        c.setVelocityY(this.speed);
        if (c.y > 760) c.destroy();
      });
      this.hud.setText(`Speed: ${this.speed} km/h\nDistance: ${Math.floor(this.distance)} m`);
    },

    extend: {
      rampSpeed() {
        this.speed += 40;
      }
    }
  }
});
